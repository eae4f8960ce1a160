// The default-target rule is pure arithmetic shared with the renderer's import preview, so it lives in the
// contract; importers keep importing it from here.
export {
  countWords,
  defaultTarget,
  defaultTargetOptions,
  speakingSeconds,
  spokenWords,
  type TargetOptions,
} from '@contract/deck-import';

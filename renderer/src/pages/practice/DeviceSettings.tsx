import { useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '@contract/settings';
import { listDevices, type DeviceLists } from '../../recording/media-devices';

/** Camera on/off and the camera and microphone to use; choices are saved in settings. */
export function DeviceSettings(props: {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  ready: boolean;
}) {
  const [devices, setDevices] = useState<DeviceLists>({ cameras: [], microphones: [] });
  const { ready } = props;
  useEffect(() => {
    // Device names are only readable once access was granted, so list again when the stream opens.
    if (!ready || !navigator.mediaDevices?.enumerateDevices) return;
    const refresh = () => void listDevices().then(setDevices, () => undefined);
    refresh();
    navigator.mediaDevices.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices.removeEventListener('devicechange', refresh);
  }, [ready]);

  const { settings, onChange } = props;
  return (
    <details className="device-settings">
      <summary>Camera and microphone</summary>
      <label>
        <input
          type="checkbox"
          checked={settings.cameraEnabled}
          data-testid="camera-enabled"
          onChange={(e) => onChange({ cameraEnabled: e.target.checked })}
        />{' '}
        Use the camera (off: audio only)
      </label>
      <label>
        Camera{' '}
        <select
          value={settings.cameraDeviceId ?? ''}
          data-testid="camera-select"
          disabled={!settings.cameraEnabled}
          onChange={(e) => onChange({ cameraDeviceId: e.target.value || null })}
        >
          <option value="">System default</option>
          <StoredChoice id={settings.cameraDeviceId} listed={devices.cameras} label="Chosen camera" />
          {devices.cameras.map((d, i) => (
            <option key={d.deviceId || i} value={d.deviceId}>
              {d.label || `Camera ${i + 1}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Microphone{' '}
        <select
          value={settings.microphoneDeviceId ?? ''}
          data-testid="microphone-select"
          onChange={(e) => onChange({ microphoneDeviceId: e.target.value || null })}
        >
          <option value="">System default</option>
          <StoredChoice id={settings.microphoneDeviceId} listed={devices.microphones} label="Chosen microphone" />
          {devices.microphones.map((d, i) => (
            <option key={d.deviceId || i} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
        </select>
      </label>
    </details>
  );
}

/**
 * The stored device while it is not in the list (unplugged, or not listed until access is granted), so the
 * choice shows as it is saved instead of reading as "System default".
 */
function StoredChoice(props: { id: string | null; listed: MediaDeviceInfo[]; label: string }) {
  if (!props.id || props.listed.some((d) => d.deviceId === props.id)) return null;
  return <option value={props.id}>{props.label} (not connected now)</option>;
}

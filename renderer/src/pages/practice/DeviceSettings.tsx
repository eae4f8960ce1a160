import { useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../electron/api/contract/settings';
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
          onChange={(e) => onChange({ cameraEnabled: e.target.checked })}
        />{' '}
        Use the camera (off: audio only)
      </label>
      <label>
        Camera{' '}
        <select
          value={settings.cameraDeviceId ?? ''}
          disabled={!settings.cameraEnabled}
          onChange={(e) => onChange({ cameraDeviceId: e.target.value || null })}
        >
          <option value="">System default</option>
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
          onChange={(e) => onChange({ microphoneDeviceId: e.target.value || null })}
        >
          <option value="">System default</option>
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

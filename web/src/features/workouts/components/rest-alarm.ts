// The rest-over signal: a vibration and a short beep. Browsers only let a page make sound after
// a user gesture, so the audio context is created (unlocked) from a tap and reused afterwards.
let context: AudioContext | null = null;

export function unlockRestAlarm(): void {
  const AudioContextClass = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  try {
    context ??= new AudioContextClass();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = null;
  }
}

export function soundRestAlarm(): void {
  navigator.vibrate?.([200, 100, 200]);
  if (!context || context.state !== 'running') return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = 880;
  gain.gain.setValueAtTime(0.25, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.35);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + 0.35);
}

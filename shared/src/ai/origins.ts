// The only origins the browser may call besides our own API: the model vendors and local Ollama.
// The server's Content-Security-Policy connect-src is built from this list, so a key can only ever
// travel to the vendor it belongs to.

export const VENDOR_API_ORIGINS = {
  openai: 'https://api.openai.com',
  anthropic: 'https://api.anthropic.com',
  gemini: 'https://generativelanguage.googleapis.com',
  openrouter: 'https://openrouter.ai',
  groq: 'https://api.groq.com',
} as const;

/** Ollama's default listen addresses on the user's own machine. */
export const LOCAL_OLLAMA_ORIGINS = ['http://localhost:11434', 'http://127.0.0.1:11434'] as const;

/** Where WebLLM fetches model weights and compiled model libraries from. */
export const WEBLLM_ASSET_ORIGINS = [
  'https://huggingface.co',
  'https://*.huggingface.co',
  'https://*.hf.co',
  'https://raw.githubusercontent.com',
] as const;

export function modelConnectOrigins(): string[] {
  return [...Object.values(VENDOR_API_ORIGINS), ...LOCAL_OLLAMA_ORIGINS, ...WEBLLM_ASSET_ORIGINS];
}

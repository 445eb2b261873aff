// What this device's GPU can run: WebGPU and shader-f16 detection, and the model list filtered by its limits.

/** The WebLLM model record fields the filter reads (a subset of @mlc-ai/web-llm's ModelRecord). */
export type WebLlmModelRecord = {
  readonly model_id: string;
  readonly vram_required_MB?: number;
  readonly low_resource_required?: boolean;
  readonly buffer_size_required_bytes?: number;
  readonly required_features?: readonly string[];
  /** 0 LLM, 1 embedding, 2 VLM. */
  readonly model_type?: number;
  readonly overrides?: { readonly context_window_size?: number };
};

export type GpuReport =
  | { readonly supported: false; readonly reason: string }
  | {
      readonly supported: true;
      readonly shaderF16: boolean;
      readonly maxStorageBufferBindingSize: number;
      readonly maxBufferSize: number;
      readonly vendor: string;
      readonly architecture: string;
    };

/** The slice of navigator.gpu we use, so tests can describe any GPU. */
export type GpuLike = {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<{
    readonly features: { has(name: string): boolean };
    readonly limits: {
      readonly maxStorageBufferBindingSize: number;
      readonly maxBufferSize: number;
    };
    readonly info?: { readonly vendor?: string; readonly architecture?: string };
  } | null>;
};

export async function detectGpu(gpu: GpuLike | undefined): Promise<GpuReport> {
  if (!gpu) return { supported: false, reason: 'this browser has no WebGPU' };
  let adapter: Awaited<ReturnType<GpuLike['requestAdapter']>>;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return {
      supported: false,
      reason: error instanceof Error ? error.message : 'the graphics adapter could not be opened',
    };
  }
  if (!adapter)
    return {
      supported: false,
      reason: 'no graphics adapter is available; the GPU may be disabled or blocklisted',
    };
  return {
    supported: true,
    shaderF16: adapter.features.has('shader-f16'),
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
    vendor: adapter.info?.vendor ?? '',
    architecture: adapter.info?.architecture ?? '',
  };
}

export type WebLlmModelOption = {
  readonly id: string;
  readonly label: string;
  /** Graphics memory the model needs while running. */
  readonly vramBytes: number;
  /** About what the download weighs (weights; estimated from parameters and quantisation). */
  readonly downloadBytes: number;
  readonly contextWindow: number;
  /** Marked by WebLLM as able to run on phones and small laptops. */
  readonly lowResource: boolean;
};

const MB = 1024 * 1024;
// WebLLM's default buffer binding limit; models without a stated need still need this much.
const DEFAULT_BUFFER_NEED = 128 * MB;

/** f16 activations ("q4f16_1", "q0f16") need the shader-f16 feature whether or not the record says so. */
function needsShaderF16(record: WebLlmModelRecord): boolean {
  return (
    (record.required_features ?? []).includes('shader-f16') || /-q\d+f16/.test(record.model_id)
  );
}

/**
 * The download is mostly the weights: parameters × bits per weight. Parsed from the model id
 * ("Llama-3.2-1B-Instruct-q4f16_1-MLC" → 1B at 4 bits); falls back to the GPU memory figure.
 */
export function estimateDownloadBytes(record: WebLlmModelRecord): number {
  const params = /(?:^|[-_])(\d+(?:\.\d+)?)([BM])(?=[-_]|$)/i.exec(record.model_id);
  const quant = /-q(\d)f(16|32)/.exec(record.model_id);
  const vram = (record.vram_required_MB ?? 0) * MB;
  if (!params || !quant) return Math.round(vram * 0.8);
  const count = Number(params[1]) * (params[2]?.toUpperCase() === 'B' ? 1e9 : 1e6);
  const bits = Number(quant[1]) === 0 ? Number(quant[2]) : Number(quant[1]);
  // Embeddings and norms stay at full precision: about 10% on top of the quantised weights.
  const estimate = Math.round(((count * bits) / 8) * 1.1);
  return vram > 0 ? Math.min(estimate, vram) : estimate;
}

function prettyName(id: string): string {
  return id
    .replace(/-MLC(-1k)?$/, (_m, small: string | undefined) => (small ? ' (1k context)' : ''))
    .replace(/-/g, ' ');
}

/** Phones and low-end integrated GPUs grant small storage buffers; only WebLLM's small-device models suit them. */
export function isSmallGpu(gpu: Extract<GpuReport, { supported: true }>): boolean {
  return gpu.maxStorageBufferBindingSize < 1024 * MB;
}

/**
 * Chat models this GPU can run: the features they need are present and their buffers fit the
 * adapter's limits (small GPUs: small-device models only). Smallest first, so the first choice is the one most likely to work.
 */
export function compatibleModels(
  records: readonly WebLlmModelRecord[],
  gpu: GpuReport,
): WebLlmModelOption[] {
  if (!gpu.supported) return [];
  return records
    .filter((r) => (r.model_type ?? 0) === 0)
    .filter((r) => gpu.shaderF16 || !needsShaderF16(r))
    .filter(
      (r) =>
        (r.buffer_size_required_bytes ?? DEFAULT_BUFFER_NEED) <= gpu.maxStorageBufferBindingSize,
    )
    .filter((r) => !isSmallGpu(gpu) || r.low_resource_required === true)
    .map((r) => ({
      id: r.model_id,
      label: prettyName(r.model_id),
      vramBytes: Math.round((r.vram_required_MB ?? 0) * MB),
      downloadBytes: estimateDownloadBytes(r),
      contextWindow: r.overrides?.context_window_size ?? 4096,
      lowResource: r.low_resource_required === true,
    }))
    .sort((a, b) => a.vramBytes - b.vramBytes || a.id.localeCompare(b.id));
}

/**
 * Models published at huggingface.co/ggerganov/whisper.cpp. SHA-1 values are
 * the ones the model card lists for every file; SHA-256 (the Git LFS object id)
 * and exact byte sizes are given where we have them for the full-precision
 * files. Quantised sizes are the card's MiB figures, for display only: the
 * server's Content-Length and the checksum decide.
 */
export interface CatalogueEntry {
  readonly name: string;
  readonly description: string;
  readonly sizeBytes: number;
  readonly sizeExact: boolean;
  readonly multilingual: boolean;
  readonly quantized: boolean;
  readonly sha1: string;
  readonly sha256?: string;
}

export const DEFAULT_MODEL_BASE_URL = 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main';
export const RECOMMENDED_MODEL = 'base.en';

const MiB = 1024 * 1024;

type Row = [name: string, size: number, sha1: string, sha256?: string];

const rows: Row[] = [
  [
    'tiny.en',
    77_704_715,
    'c78c86eb1a8faa21b369bcd33207cc90d64ae9df',
    '921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f',
  ],
  ['tiny.en-q5_1', 31 * MiB, '3fb92ec865cbbc769f08137f22470d6b66e071b6'],
  ['tiny.en-q8_0', 42 * MiB, '802d6668e7d411123e672abe4cb6c18f12306abb'],
  [
    'base.en',
    147_964_211,
    '137c40403d78fd54d454da0f9bd998f78703390c',
    'a03779c86df3323075f5e796cb2ce5029f00ec8869eee3fdfb897afe36c6d002',
  ],
  ['base.en-q5_1', 57 * MiB, 'd26d7ce5a1b6e57bea5d0431b9c20ae49423c94a'],
  ['base.en-q8_0', 78 * MiB, 'bb1574182e9b924452bf0cd1510ac034d323e948'],
  [
    'small.en',
    487_614_201,
    'db8a495a91d927739e50b3fc1cc4c6b8f6c2d022',
    'c6138d6d58ecc8322097e0f987c32f1be8bb0a18532a3f88f734d1bbf9c41e5d',
  ],
  ['small.en-q5_1', 181 * MiB, '20f54878d608f94e4a8ee3ae56016571d47cba34'],
  ['small.en-q8_0', 252 * MiB, '9d75ff4ccfa0a8217870d7405cf8cef0a5579852'],
  [
    'tiny',
    77_691_713,
    'bd577a113a864445d4c299885e0cb97d4ba92b5f',
    'be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21',
  ],
  ['tiny-q5_1', 31 * MiB, '2827a03e495b1ed3048ef28a6a4620537db4ee51'],
  ['tiny-q8_0', 42 * MiB, '19e8118f6652a650569f5a949d962154e01571d9'],
  [
    'base',
    147_951_465,
    '465707469ff3a37a2b9b8d8f89f2f99de7299dac',
    '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
  ],
  ['base-q5_1', 57 * MiB, 'a3733eda680ef76256db5fc5dd9de8629e62c5e7'],
  ['base-q8_0', 78 * MiB, '7bb89bb49ed6955013b166f1b6a6c04584a20fbe'],
  [
    'small',
    487_601_967,
    '55356645c2b361a969dfd0ef2c5a50d530afd8d5',
    '1be3a9b2063867b937e64e2ec7483364a79917e157fa98c5d94b5c1fffea987b',
  ],
  ['small-q5_1', 181 * MiB, '6fe57ddcfdd1c6b07cdcc73aaf620810ce5fc771'],
  ['small-q8_0', 252 * MiB, 'bcad8a2083f4e53d648d586b7dbc0cd673d8afad'],
];

const sizeWords: Record<string, string> = {
  tiny: 'Fastest, least accurate',
  base: 'Fast and accurate enough for most answers',
  small: 'Most accurate, about 3x slower than base',
};

function describe(name: string): string {
  const [size = '', quant] = name.replace('.en', '').split('-');
  const language = name.includes('.en') ? 'English only' : 'many languages';
  const precision = quant ? `, quantised (${quant}): smaller download, slightly less accurate` : '';
  return `${sizeWords[size] ?? size}; ${language}${precision}.`;
}

export const catalogue: readonly CatalogueEntry[] = rows.map(([name, sizeBytes, sha1, sha256]) => ({
  name,
  description: describe(name),
  sizeBytes,
  sizeExact: sha256 !== undefined,
  multilingual: !name.includes('.en'),
  quantized: name.includes('-q'),
  sha1,
  sha256,
}));

export const catalogueEntry = (name: string) => catalogue.find((m) => m.name === name);

/** File names follow whisper.cpp's own download script: ggml-<name>.bin. */
export const modelFileName = (name: string) => `ggml-${name}.bin`;
export const modelUrl = (baseUrl: string, name: string) => `${baseUrl.replace(/\/+$/, '')}/${modelFileName(name)}`;

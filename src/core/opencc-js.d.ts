// opencc-js ships its types under an `exports` map, which this project's `moduleResolution: node` does not read.
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: 't' | 'tw' | 'twp' | 'hk'; to: 'cn' }): (text: string) => string;
}

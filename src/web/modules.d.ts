// d3-scale-chromatic ships no types and @types/d3-scale-chromatic is not installed: declare the one function used.
declare module 'd3-scale-chromatic' {
  export function interpolateYlOrRd(t: number): string;
}

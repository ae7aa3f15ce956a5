/// <reference lib="dom" />
// Where to draw a state in a network: the centroid of its territory on the Natural Earth projection (world-atlas
// 110m, ids = ISO 3166 numeric). States too small for the 110m atlas have no position and are left out of drawings.
import { geoCentroid, geoNaturalEarth1 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topo, topo.objects.countries);

export function geoPositions(width: number, height: number): Map<number, [number, number]> {
  const projection = geoNaturalEarth1().fitSize([width, height], countries);
  const out = new Map<number, [number, number]>();
  for (const f of countries.features) {
    const p = projection(geoCentroid(f));
    if (p) out.set(Number(f.id), p);
  }
  return out;
}

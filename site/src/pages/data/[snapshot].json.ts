/** `/data/<name>.json`: every snapshot of the set and its manifest, byte for byte as published and validated. */
import type {APIRoute} from "astro";

import {analysisName, listAnalyses, loadSnapshot, readSnapshotText} from "../../lib/snapshots.js";

export function getStaticPaths() {
  const entries = listAnalyses().map((a) => ({params: {snapshot: a.name}, props: {file: a.file, name: a.name}}));
  return [...entries, {params: {snapshot: "manifest"}, props: {file: "manifest.json", name: undefined}}];
}

export const GET: APIRoute = ({props}) => {
  const {file, name} = props as {file: string; name: string | undefined};
  // Validate before publishing: the download is the file the pages were built from.
  if (name) loadSnapshot(analysisName(name));
  return new Response(readSnapshotText(file), {headers: {"Content-Type": "application/json"}});
};

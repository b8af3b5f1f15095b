/**
 * Exact maximum-weight bipartite matching (rows need not all be matched) on a sparse graph.
 *
 * Reduction: every row i gets a private dummy column ("stay unmatched") and every row is then
 * assigned, at minimum cost, with cost(i, j) = W − weight(i, j) and cost(i, dummy_i) = W, where W
 * is the largest weight. Minimising Σ cost = n·W − Σ matched weight maximises the weight.
 *
 * Solver: successive shortest augmenting paths (the augmentation phase of Jonker–Volgenant) —
 * one Dijkstra per row over reduced costs with column potentials, an indexed binary heap, and
 * typed arrays only. Row potentials are implicit (u_i = cost of i's matched edge − v of its
 * column). With integer weights every distance is an integer, so the result is exact.
 */

export interface SparseBipartiteGraph {
  rows: number;
  cols: number;
  /** CSR: edges of row i are rowStart[i] .. rowStart[i+1]-1. Length rows + 1. */
  rowStart: Int32Array;
  /** Column of each edge. */
  edgeCol: Int32Array;
  /** Weight of each edge (> 0; edges with weight ≤ 0 are ignored as never worth taking). */
  edgeWeight: Float64Array;
}

export interface AssignmentResult {
  /** Column matched to each row, or −1. */
  rowToCol: Int32Array;
  /** Row matched to each column, or −1. */
  colToRow: Int32Array;
  totalWeight: number;
}

export function maxWeightMatching(graph: SparseBipartiteGraph, rowOrder?: ArrayLike<number>): AssignmentResult {
  const { rows, cols, rowStart, edgeCol, edgeWeight } = graph;
  let W = 0;
  for (let e = 0; e < edgeWeight.length; e++) {
    const w = edgeWeight[e];
    if (!Number.isFinite(w)) throw new RangeError('edge weights must be finite');
    if (w > W) W = w;
  }
  if (W * (rows + 1) > Number.MAX_SAFE_INTEGER) throw new RangeError('weights too large for exact arithmetic');
  const M = cols + rows; // real columns, then one dummy per row
  const v = new Float64Array(M);
  const colMatch = new Int32Array(M).fill(-1);
  const rowMatch = new Int32Array(rows).fill(-1);
  const rowCost = new Float64Array(rows);
  const dist = new Float64Array(M).fill(Infinity);
  const pred = new Int32Array(M);
  const predCost = new Float64Array(M);
  const final = new Uint8Array(M);
  const touched = new Int32Array(M);
  const heap = new Int32Array(M);
  const heapPos = new Int32Array(M).fill(-1);
  let heapSize = 0;
  let nTouched = 0;

  const siftUp = (pos: number) => {
    const j = heap[pos];
    const d = dist[j];
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pj = heap[parent];
      if (dist[pj] <= d) break;
      heap[pos] = pj;
      heapPos[pj] = pos;
      pos = parent;
    }
    heap[pos] = j;
    heapPos[j] = pos;
  };
  const popMin = (): number => {
    const top = heap[0];
    heapPos[top] = -1;
    heapSize--;
    if (heapSize > 0) {
      const last = heap[heapSize];
      const d = dist[last];
      let pos = 0;
      for (;;) {
        let child = 2 * pos + 1;
        if (child >= heapSize) break;
        if (child + 1 < heapSize && dist[heap[child + 1]] < dist[heap[child]]) child++;
        if (dist[heap[child]] >= d) break;
        heap[pos] = heap[child];
        heapPos[heap[pos]] = pos;
        pos = child;
      }
      heap[pos] = last;
      heapPos[last] = pos;
    }
    return top;
  };
  const relax = (j: number, nd: number, from: number, cost: number) => {
    if (final[j] || nd >= dist[j]) return;
    if (dist[j] === Infinity) touched[nTouched++] = j;
    dist[j] = nd;
    pred[j] = from;
    predCost[j] = cost;
    if (heapPos[j] < 0) {
      heap[heapSize] = j;
      heapPos[j] = heapSize;
      heapSize++;
    }
    siftUp(heapPos[j]);
  };
  const relaxRow = (i: number, base: number, ui: number) => {
    for (let e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
      const w = edgeWeight[e];
      if (w <= 0) continue;
      const j = edgeCol[e];
      const c = W - w;
      relax(j, base + c - v[j] - ui, i, c);
    }
    const dummy = cols + i;
    relax(dummy, base + W - v[dummy] - ui, i, W);
  };

  for (let t = 0; t < rows; t++) {
    const s = rowOrder ? rowOrder[t] : t;
    nTouched = 0;
    heapSize = 0;
    relaxRow(s, 0, 0);
    let sink = -1;
    let D = 0;
    while (heapSize > 0) {
      const j = popMin();
      final[j] = 1;
      if (colMatch[j] < 0) {
        sink = j;
        D = dist[j];
        break;
      }
      const i = colMatch[j];
      relaxRow(i, dist[j], rowCost[i] - v[j]);
    }
    // The root's own dummy column is always reachable, so a sink exists.
    for (let k = 0; k < nTouched; k++) {
      const j = touched[k];
      if (final[j]) v[j] -= D - dist[j];
      dist[j] = Infinity;
      final[j] = 0;
      if (heapPos[j] >= 0) heapPos[j] = -1;
    }
    let j = sink;
    for (;;) {
      const i = pred[j];
      const next = rowMatch[i];
      rowMatch[i] = j;
      colMatch[j] = i;
      rowCost[i] = predCost[j];
      if (i === s) break;
      j = next;
    }
  }

  const rowToCol = new Int32Array(rows).fill(-1);
  const colToRow = new Int32Array(cols).fill(-1);
  let totalWeight = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowMatch[i];
    if (j >= 0 && j < cols) {
      rowToCol[i] = j;
      colToRow[j] = i;
      totalWeight += W - rowCost[i];
    }
  }
  return { rowToCol, colToRow, totalWeight };
}

// Dijkstra with BinaryHeap<Reverse<(u32, usize)>>, adjacency lists, then into_sorted_vec and into_vec of a leftover heap.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)];
    let n = 6;
    let mut adj: Vec<Vec<(usize, u32)>> = vec![Vec::new(); n];
    for &(a, b, w) in &edges {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let mut dist = vec![u32::MAX; n];
    let mut heap = BinaryHeap::new();
    dist[0] = 0;
    heap.push(Reverse((0u32, 0usize)));
    let mut pops = 0;
    while let Some(Reverse((d, u))) = heap.pop() {
        pops += 1;
        if d > dist[u] { continue; }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if nd < dist[v] {
                dist[v] = nd;
                heap.push(Reverse((nd, v)));
            }
        }
    }
    println!("dist {:?} pops {} heap cap {}", dist, pops, heap.capacity());
    let mut h: BinaryHeap<Reverse<i32>> = [5, 1, 8, 3, 9, 2].into_iter().map(Reverse).collect();
    println!("peek {:?} len {}", h.peek(), h.len());
    h.push(Reverse(0));
    let sorted: Vec<i32> = h.clone().into_sorted_vec().into_iter().map(|Reverse(x)| x).collect();
    println!("sorted {:?}", sorted);
    let mut raw: Vec<i32> = h.into_vec().into_iter().map(|r| r.0).collect();
    raw.sort_unstable();
    println!("raw {:?}", raw);
    let maxh: BinaryHeap<&str> = ["pear", "apple", "fig"].into_iter().collect();
    println!("{:?}", maxh.into_sorted_vec());
}

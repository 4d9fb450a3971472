// Bellman-Ford over an edge list with negative tolls: distances, predecessor paths, and negative cycle detection.
const INF: i64 = i64::MAX / 4;

struct Edge {
    from: usize,
    to: usize,
    cost: i64,
}

fn bellman_ford(n: usize, edges: &[Edge], src: usize) -> Result<(Vec<i64>, Vec<Option<usize>>), usize> {
    let mut dist = vec![INF; n];
    let mut pred = vec![None; n];
    dist[src] = 0;
    for _ in 1..n {
        let mut changed = false;
        for e in edges {
            if dist[e.from] != INF && dist[e.from] + e.cost < dist[e.to] {
                dist[e.to] = dist[e.from] + e.cost;
                pred[e.to] = Some(e.from);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for e in edges {
        if dist[e.from] != INF && dist[e.from] + e.cost < dist[e.to] {
            return Err(e.to);
        }
    }
    Ok((dist, pred))
}

fn path_to(pred: &[Option<usize>], mut v: usize) -> Vec<usize> {
    let mut p = vec![v];
    while let Some(u) = pred[v] {
        p.push(u);
        v = u;
    }
    p.reverse();
    p
}

fn main() {
    let names = ["depot", "mill", "bridge", "market", "port"];
    let mut edges = vec![
        Edge { from: 0, to: 1, cost: 6 },
        Edge { from: 0, to: 2, cost: 7 },
        Edge { from: 1, to: 3, cost: 5 },
        Edge { from: 2, to: 3, cost: -3 },
        Edge { from: 3, to: 4, cost: 2 },
        Edge { from: 1, to: 4, cost: -4 },
    ];
    match bellman_ford(names.len(), &edges, 0) {
        Ok((dist, pred)) => {
            for v in 0..names.len() {
                let route: Vec<&str> = path_to(&pred, v).iter().map(|&i| names[i]).collect();
                println!("{:<7} {:>3}  {}", names[v], dist[v], route.join(" -> "));
            }
        }
        Err(v) => println!("negative cycle through {}", names[v]),
    }
    edges.push(Edge { from: 4, to: 2, cost: -2 });
    match bellman_ford(names.len(), &edges, 0) {
        Ok(_) => println!("no cycle"),
        Err(v) => println!("negative cycle reaches {}", names[v]),
    }
}

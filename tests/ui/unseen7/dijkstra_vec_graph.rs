// Shortest paths on a small road map: adjacency lists of (usize, u32) and an O(n^2) Dijkstra with predecessors.
struct Graph {
    names: Vec<&'static str>,
    adj: Vec<Vec<(usize, u32)>>,
}

impl Graph {
    fn new(names: Vec<&'static str>) -> Self {
        let n = names.len();
        Graph { names, adj: vec![Vec::new(); n] }
    }

    fn road(&mut self, a: usize, b: usize, km: u32) {
        self.adj[a].push((b, km));
        self.adj[b].push((a, km));
    }

    fn shortest(&self, from: usize) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.names.len();
        let mut dist: Vec<Option<u32>> = vec![None; n];
        let mut prev = vec![None; n];
        let mut done = vec![false; n];
        dist[from] = Some(0);
        loop {
            let next = (0..n)
                .filter(|&i| !done[i] && dist[i].is_some())
                .min_by_key(|&i| dist[i].unwrap());
            let u = match next {
                Some(u) => u,
                None => break,
            };
            done[u] = true;
            let du = dist[u].unwrap();
            for &(v, w) in &self.adj[u] {
                let candidate = du + w;
                if dist[v].map_or(true, |d| candidate < d) {
                    dist[v] = Some(candidate);
                    prev[v] = Some(u);
                }
            }
        }
        (dist, prev)
    }

    fn path(&self, prev: &[Option<usize>], to: usize) -> Vec<&'static str> {
        let mut path = vec![self.names[to]];
        let mut cur = to;
        while let Some(p) = prev[cur] {
            path.push(self.names[p]);
            cur = p;
        }
        path.reverse();
        path
    }
}

fn main() {
    let mut g = Graph::new(vec!["Aston", "Brook", "Carlow", "Dunmore", "Elmira", "Fenwick"]);
    g.road(0, 1, 7);
    g.road(0, 2, 9);
    g.road(0, 5, 14);
    g.road(1, 2, 10);
    g.road(1, 3, 15);
    g.road(2, 3, 11);
    g.road(2, 5, 2);
    g.road(3, 4, 6);
    let (dist, prev) = g.shortest(0);
    for (i, d) in dist.iter().enumerate() {
        match d {
            Some(km) => println!("{:<8} {:>3} km via {}", g.names[i], km, g.path(&prev, i).join(" -> ")),
            None => println!("{:<8} unreachable", g.names[i]),
        }
    }
    let far = dist.iter().enumerate().filter_map(|(i, d)| d.map(|d| (d, i))).max().unwrap();
    println!("farthest: {} at {} km", g.names[far.1], far.0);
}

// Checks whether graphs are bipartite by 2-colouring with BFS over adjacency lists; reports the conflicting edge.
use std::collections::VecDeque;

struct Graph {
    adj: Vec<Vec<usize>>,
}

impl Graph {
    fn new(n: usize, edges: &[(usize, usize)]) -> Graph {
        let mut adj = vec![Vec::new(); n];
        for &(a, b) in edges {
            adj[a].push(b);
            adj[b].push(a);
        }
        Graph { adj }
    }

    fn two_color(&self) -> Result<Vec<u8>, (usize, usize)> {
        let n = self.adj.len();
        let mut color: Vec<Option<u8>> = vec![None; n];
        for start in 0..n {
            if color[start].is_some() {
                continue;
            }
            color[start] = Some(0);
            let mut queue = VecDeque::from(vec![start]);
            while let Some(u) = queue.pop_front() {
                let cu = color[u].unwrap();
                for &v in &self.adj[u] {
                    match color[v] {
                        None => {
                            color[v] = Some(1 - cu);
                            queue.push_back(v);
                        }
                        Some(cv) if cv == cu => return Err((u, v)),
                        Some(_) => {}
                    }
                }
            }
        }
        Ok(color.into_iter().map(|c| c.unwrap()).collect())
    }
}

fn main() {
    let cases: Vec<(&str, usize, Vec<(usize, usize)>)> = vec![
        ("square", 4, vec![(0, 1), (1, 2), (2, 3), (3, 0)]),
        ("triangle", 3, vec![(0, 1), (1, 2), (2, 0)]),
        ("two parts", 7, vec![(0, 1), (1, 2), (3, 4), (4, 5), (5, 6), (6, 3)]),
        ("pentagon", 5, vec![(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)]),
        ("isolated", 3, vec![]),
    ];
    for (name, n, edges) in &cases {
        let g = Graph::new(*n, edges);
        let degrees: Vec<usize> = g.adj.iter().map(|a| a.len()).collect();
        match g.two_color() {
            Ok(colors) => {
                let left: Vec<usize> = (0..*n).filter(|&i| colors[i] == 0).collect();
                let right: Vec<usize> = (0..*n).filter(|&i| colors[i] == 1).collect();
                println!("{:<10} bipartite: {:?} | {:?} (degrees {:?})", name, left, right, degrees);
            }
            Err((u, v)) => println!("{:<10} not bipartite: edge {}-{} joins equal colours", name, u, v),
        }
    }
}

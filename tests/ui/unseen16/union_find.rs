// Union-find with path compression and union by rank, counting components and finding a redundant edge.
struct DisjointSet {
    parent: Vec<usize>,
    rank: Vec<u8>,
    components: usize,
}

impl DisjointSet {
    fn new(n: usize) -> Self {
        DisjointSet { parent: (0..n).collect(), rank: vec![0; n], components: n }
    }

    fn find(&mut self, x: usize) -> usize {
        if self.parent[x] != x {
            let root = self.find(self.parent[x]);
            self.parent[x] = root;
        }
        self.parent[x]
    }

    fn union(&mut self, a: usize, b: usize) -> bool {
        let ra = self.find(a);
        let rb = self.find(b);
        if ra == rb {
            return false;
        }
        if self.rank[ra] < self.rank[rb] {
            self.parent[ra] = rb;
        } else if self.rank[ra] > self.rank[rb] {
            self.parent[rb] = ra;
        } else {
            self.parent[rb] = ra;
            self.rank[ra] += 1;
        }
        self.components -= 1;
        true
    }

    fn groups(&mut self) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); n];
        for i in 0..n {
            let r = self.find(i);
            by_root[r].push(i);
        }
        by_root.into_iter().filter(|g| !g.is_empty()).collect()
    }
}

fn main() {
    let mut ds = DisjointSet::new(10);
    let edges = [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 2), (8, 8)];
    for (a, b) in edges {
        let merged = ds.union(a, b);
        println!("union({}, {}) -> {:5} components={}", a, b, merged, ds.components);
    }
    println!("groups: {:?}", ds.groups());
    println!("same(0,3)={} same(4,6)={} same(0,9)={}", ds.find(0) == ds.find(3), ds.find(4) == ds.find(6), ds.find(0) == ds.find(9));

    let graph = [(1, 2), (2, 3), (3, 4), (1, 4), (1, 5)];
    let mut d = DisjointSet::new(6);
    let mut redundant = None;
    for &(a, b) in graph.iter() {
        if !d.union(a, b) {
            redundant = Some((a, b));
        }
    }
    println!("redundant connection: {:?}", redundant);
    println!("parents: {:?}", d.parent);
}

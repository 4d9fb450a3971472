// Counting islands on a character grid with a union-find (path compression, union by size).
struct DisjointSet {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl DisjointSet {
    fn new(n: usize) -> Self {
        DisjointSet { parent: (0..n).collect(), size: vec![1; n] }
    }

    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut cur = x;
        while self.parent[cur] != root {
            let next = self.parent[cur];
            self.parent[cur] = root;
            cur = next;
        }
        root
    }

    fn union(&mut self, a: usize, b: usize) -> bool {
        let (mut ra, mut rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        if self.size[ra] < self.size[rb] {
            std::mem::swap(&mut ra, &mut rb);
        }
        self.parent[rb] = ra;
        self.size[ra] += self.size[rb];
        true
    }
}

fn main() {
    let map = [
        "##..#....",
        "#...##..#",
        "..#.....#",
        ".###..#..",
        "......###",
    ];
    let rows = map.len();
    let cols = map[0].len();
    let grid: Vec<Vec<bool>> = map.iter().map(|line| line.chars().map(|c| c == '#').collect()).collect();
    let mut ds = DisjointSet::new(rows * cols);
    let mut land = 0;
    let mut merges = 0;
    for r in 0..rows {
        for c in 0..cols {
            if !grid[r][c] {
                continue;
            }
            land += 1;
            let id = r * cols + c;
            if r + 1 < rows && grid[r + 1][c] && ds.union(id, id + cols) {
                merges += 1;
            }
            if c + 1 < cols && grid[r][c + 1] && ds.union(id, id + 1) {
                merges += 1;
            }
        }
    }
    println!("land cells: {}, merges: {}, islands: {}", land, merges, land - merges);
    let mut sizes: Vec<usize> = Vec::new();
    for r in 0..rows {
        for c in 0..cols {
            let id = r * cols + c;
            if grid[r][c] && ds.find(id) == id {
                sizes.push(ds.size[id]);
            }
        }
    }
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!("island sizes: {:?}", sizes);
    let labels: Vec<String> = (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| if grid[r][c] { (b'a' + (ds.find(r * cols + c) % 26) as u8) as char } else { '.' })
                .collect()
        })
        .collect();
    for l in &labels {
        println!("{}", l);
    }
}

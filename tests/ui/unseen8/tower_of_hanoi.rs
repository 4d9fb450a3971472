// The towers of Hanoi with three pegs as Vec<u32> stacks, recursive moves, checks and an iterative comparison.
struct Towers {
    pegs: [Vec<u32>; 3],
    moves: u64,
    log: Vec<String>,
}

impl Towers {
    fn new(n: u32) -> Self {
        Towers { pegs: [(1..=n).rev().collect(), Vec::new(), Vec::new()], moves: 0, log: Vec::new() }
    }

    fn move_disk(&mut self, from: usize, to: usize) {
        let disk = self.pegs[from].pop().expect("empty peg");
        if let Some(&top) = self.pegs[to].last() {
            assert!(top > disk, "disk {} on top of {}", disk, top);
        }
        self.pegs[to].push(disk);
        self.moves += 1;
        if self.log.len() < 7 {
            self.log.push(format!("{}:{}->{}", disk, from, to));
        }
    }

    fn solve(&mut self, n: u32, from: usize, to: usize, via: usize) {
        if n == 0 {
            return;
        }
        self.solve(n - 1, from, via, to);
        self.move_disk(from, to);
        self.solve(n - 1, via, to, from);
    }
}

fn iterative(n: u32) -> u64 {
    let mut t = Towers::new(n);
    let pairs = if n % 2 == 0 { [(0, 1), (0, 2), (1, 2)] } else { [(0, 2), (0, 1), (1, 2)] };
    let total = (1u64 << n) - 1;
    let mut i = 0;
    while t.moves < total {
        let (a, b) = pairs[i % 3];
        let top_a = t.pegs[a].last().copied();
        let top_b = t.pegs[b].last().copied();
        match (top_a, top_b) {
            (Some(x), Some(y)) if x < y => t.move_disk(a, b),
            (Some(_), None) => t.move_disk(a, b),
            _ => t.move_disk(b, a),
        }
        i += 1;
    }
    assert_eq!(t.pegs[2].len() as u32, n);
    t.moves
}

fn main() {
    for n in [1, 3, 5, 10] {
        let mut t = Towers::new(n);
        t.solve(n, 0, 2, 1);
        println!("n={:>2}: {} moves, pegs {:?} {:?} {}", n, t.moves, t.pegs[0], t.pegs[1], t.pegs[2].len());
        if n == 3 {
            println!("   {}", t.log.join(" "));
        }
    }
    let it: Vec<u64> = (1..=8).map(iterative).collect();
    println!("iterative: {:?}", it);
    let formula_ok = it.iter().enumerate().all(|(i, m)| *m == (1 << (i + 1)) - 1);
    println!("2^n - 1 holds: {}", formula_ok);
}

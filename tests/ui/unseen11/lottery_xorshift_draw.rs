// A lottery draws numbers with a xorshift generator using wrapping and shift operations, then scores tickets.
struct XorShift {
    state: u32,
}

impl XorShift {
    fn new(seed: u32) -> Self {
        XorShift { state: if seed == 0 { 0x9E37_79B9 } else { seed } }
    }

    fn next_u32(&mut self) -> u32 {
        let mut x = self.state;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.state = x;
        x
    }

    fn below(&mut self, n: u32) -> u32 {
        self.next_u32() % n
    }
}

fn draw(rng: &mut XorShift, count: usize, max: u32) -> Vec<u32> {
    let mut picked: Vec<u32> = Vec::with_capacity(count);
    while picked.len() < count {
        let n = rng.below(max) + 1;
        if !picked.contains(&n) {
            picked.push(n);
        }
    }
    picked.sort_unstable();
    picked
}

fn matches(ticket: &[u32], winning: &[u32]) -> usize {
    ticket.iter().filter(|n| winning.binary_search(n).is_ok()).count()
}

fn prize(hits: usize) -> u32 {
    match hits {
        6 => 1_000_000,
        5 => 5_000,
        4 => 100,
        3 => 10,
        _ => 0,
    }
}

fn main() {
    let mut rng = XorShift::new(2024);
    let first: Vec<u32> = (0..4).map(|_| rng.next_u32()).collect();
    println!("raw: {:?}", first);
    let winning = draw(&mut rng, 6, 49);
    println!("winning numbers: {:?}", winning);
    let mut tickets: Vec<Vec<u32>> = (0..5).map(|_| draw(&mut rng, 6, 49)).collect();
    tickets.push(winning[..4].iter().copied().chain([48, 49]).collect());
    let mut total = 0u32;
    for (i, t) in tickets.iter().enumerate() {
        let hits = matches(t, &winning);
        let p = prize(hits);
        total += p;
        println!("ticket {}: {:>2?} hits={} prize={}", i + 1, t, hits, p);
    }
    println!("total paid: {}", total);
    let mut counts = [0usize; 5];
    for _ in 0..1000 {
        counts[rng.below(5) as usize] += 1;
    }
    println!("distribution: {:?} sum={}", counts, counts.iter().sum::<usize>());
}

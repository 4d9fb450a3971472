// flat_map over ranges, flatten of Options and nested Vecs, fuse after None, inspect with a side counter, cycle().take(), step_by and rev.
struct Flaky { n: u32 }
impl Iterator for Flaky {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.n += 1;
        if self.n % 3 == 0 { None } else { Some(self.n) }
    }
}

fn main() {
    let pairs: Vec<(u32, u32)> = (1..4).flat_map(|i| (i..4).map(move |j| (i, j))).collect();
    println!("{:?}", pairs);
    let opts = [Some(1), None, Some(3), None, Some(5)];
    println!("{:?}", opts.iter().flatten().collect::<Vec<_>>());
    let nested = vec![vec!["a", "b"], vec![], vec!["c"]];
    println!("{:?}", nested.into_iter().flatten().collect::<String>());
    let mut raw = Flaky { n: 0 };
    println!("{:?} {:?} {:?} {:?}", raw.next(), raw.next(), raw.next(), raw.next());
    let mut fused = Flaky { n: 0 }.fuse();
    println!("{:?} {:?} {:?} {:?}", fused.next(), fused.next(), fused.next(), fused.next());
    let mut seen = 0;
    let evens: Vec<i32> = (1..=10).inspect(|_| seen += 1).filter(|x| x % 2 == 0).take(3).collect();
    println!("{:?} after inspecting {}", evens, seen);
    let pattern: String = ['-', '=', '+'].iter().cycle().take(10).collect();
    println!("{}", pattern);
    let c: Vec<i32> = [1, 2, 3].iter().cycle().skip(2).step_by(2).take(5).cloned().collect();
    println!("{:?}", c);
    println!("{:?}", (0..20).step_by(6).rev().collect::<Vec<_>>());
    println!("{:?}", (1..=4).rev().flat_map(|x| std::iter::repeat(x).take(x as usize)).collect::<Vec<_>>());
}

// Collections: run-length encoding with dedup_by_key-like logic, windows for moving averages, retain_mut, split_off.
fn rle(s: &str) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::new();
    for c in s.chars() {
        match out.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => out.push((c, 1)),
        }
    }
    out
}

fn moving_avg(xs: &[f64], k: usize) -> Vec<f64> {
    xs.windows(k).map(|w| w.iter().sum::<f64>() / k as f64).collect()
}

fn main() {
    let enc = rle("aaabccddddde");
    println!("{:?}", enc);
    let s: String = enc.iter().map(|(c, n)| format!("{n}{c}")).collect();
    println!("{s}");
    let decoded: String = enc.iter().flat_map(|&(c, n)| std::iter::repeat(c).take(n)).collect();
    println!("{decoded}");
    println!("{:?}", moving_avg(&[1.0, 2.0, 3.0, 4.0, 10.0], 2));
    let mut v: Vec<i32> = (1..=10).collect();
    let tail = v.split_off(7);
    println!("{:?} {:?}", v, tail);
    v.retain_mut(|x| {
        *x *= 3;
        *x % 2 == 0
    });
    println!("{:?}", v);
    let mut words = vec!["apple", "avocado", "banana", "blueberry", "cherry"];
    words.dedup_by_key(|w| w.chars().next());
    println!("{:?}", words);
    let mut nums = vec![5, 5, 5, 2, 2, 9, 5];
    nums.dedup();
    println!("{:?}", nums);
    let mut grid = vec![vec![1, 2, 3]; 2];
    grid[0].push(4);
    grid.push(Vec::with_capacity(2));
    let lens: Vec<usize> = grid.iter().map(Vec::len).collect();
    println!("{:?} {:?}", grid, lens);
    let mut a = vec![1, 2];
    let mut b = vec![3, 4];
    a.append(&mut b);
    println!("{:?} {:?} {}", a, b, b.is_empty());
    a.resize(6, 0);
    println!("{:?}", a);
    a.insert(2, 99);
    println!("{:?} {:?}", a.iter().position(|&x| x == 99), a.iter().rposition(|&x| x == 0));
}

// Slice methods (windows, chunks, split_at, binary_search), sort_unstable_by_key, dedup_by_key, formatting widths, integer and char methods.
fn main() {
    let v = vec![5, 1, 4, 2, 3, 3];
    for w in v.windows(2) { print!("{:?}", w); }
    println!();
    for c in v.chunks(4) { print!("{:?}", c); }
    println!();
    let (a, b) = v.split_at(2);
    println!("{a:?} {b:?} {}", v.contains(&4));
    let mut s = v.clone();
    s.sort_unstable_by_key(|x| std::cmp::Reverse(*x));
    s.dedup_by_key(|x| *x / 2);
    println!("{s:?} {:?}", [1, 3, 5, 7].binary_search(&5));
    let r: Vec<_> = v.iter().rev().skip(1).step_by(2).collect();
    println!("{r:?} {:>8.3}|{:<6}|{:^7}|{:+}", 3.14159f32, "ab", 'c', 5);
    println!("{:#?}", (Some(1), [1.5f64, -0.0]));
    let x: u8 = 200;
    println!("{:?} {:?} {}", x.checked_add(100), x.wrapping_mul(3), x.saturating_sub(250));
    println!("{} {} {}", 'ß'.is_alphabetic(), 'Z'.to_ascii_lowercase(), '9'.to_digit(10).unwrap());
    println!("{} {:e} {}", 1e21f64, 1234.5f64, f32::MAX);
}

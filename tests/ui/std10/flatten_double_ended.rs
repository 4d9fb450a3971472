// flatten and flat_map read from both ends (DoubleEndedIterator), and collect's capacity after them
fn main() {
    let nested = vec![vec![1, 2, 3], vec![], vec![4, 5], vec![6]];
    let back: Vec<i32> = nested.iter().flatten().rev().copied().collect();
    println!("{:?} cap={}", back, back.capacity());
    let mut it = nested.iter().flatten();
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next_back(), it.next_back(), it.next());
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);
    let mut fm = (1..4).flat_map(|i| (0..i).map(move |j| (i, j)));
    println!("{:?} {:?}", fm.next_back(), fm.next());
    let both: Vec<(i32, i32)> = fm.rev().collect();
    println!("{:?} cap={}", both, both.capacity());
    let words = ["ab", "cde"];
    let rev_chars: String = words.iter().flat_map(|w| w.chars()).rev().collect();
    println!("{rev_chars}");
    let mut chars = words.iter().flat_map(|w| w.chars());
    chars.next_back();
    let s: String = chars.collect();
    println!("{s} {}", s.capacity());
    let opts = [Some(1), None, Some(3)];
    println!("{:?}", opts.iter().flatten().rev().collect::<Vec<_>>());
    let v: Vec<i32> = nested.into_iter().flatten().rev().collect();
    println!("{:?} {}", v, v.capacity());
}

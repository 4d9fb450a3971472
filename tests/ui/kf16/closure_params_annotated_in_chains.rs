// Closures whose annotated parameter types are the items of the adapters before them, in chains.
fn apply(f: impl Fn(&str) -> usize) -> usize {
    f("hello")
}

fn main() {
    let v = vec![3, 1, 2];
    let n = (0i32..3).map(|p: i32| p * 2).map(|x: i32| x as u8).count();
    let pairs: Vec<(usize, usize)> = v.iter().map(|d| (*d, *d)).map(|(y, x): (i32, i32)| (y as usize, x as usize)).collect();
    let big: Vec<&i32> = v.iter().filter(|x: &&i32| **x > 1).collect();
    v.iter().for_each(|x: &i32| print!("{} ", x));
    println!();
    let mut w = v.clone();
    w.sort_by(|a: &i32, b: &i32| b.cmp(a));
    let len = apply(|s: &str| s.len());
    let o = Some(4).map(|x: i32| x * 2);
    let words = vec!["a", "bb"];
    let long = words.iter().filter(|w: &&&str| w.len() > 1).count();
    println!("{} {:?} {:?} {:?} {} {:?} {}", n, pairs, big, w, len, o, long);
}

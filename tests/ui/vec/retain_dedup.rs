// retain keeps matching elements; dedup removes consecutive duplicates.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6, 7, 8];
    v.retain(|&x| x % 3 != 0);
    println!("{v:?}");
    let mut d = vec![1, 1, 2, 2, 2, 3, 1, 1];
    d.dedup();
    println!("{d:?}");
    let mut s = vec!["a", "A", "b", "B", "b"];
    s.dedup_by_key(|x| x.to_lowercase());
    println!("{s:?}");
    let mut names = vec![String::from("ann"), String::from("bo"), String::from("cyd")];
    names.retain_mut(|n| {
        n.push('!');
        n.len() > 3
    });
    println!("{names:?}");
}

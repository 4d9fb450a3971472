// sort, sort_unstable, sort_by, sort_by_key, reverse and binary_search.
fn main() {
    let mut v = vec![5, 3, 9, 1, 7, 3];
    v.sort();
    println!("{v:?}");
    println!("{:?} {:?}", v.binary_search(&7), v.binary_search(&4));
    v.sort_by(|a, b| b.cmp(a));
    println!("{v:?}");
    v.reverse();
    println!("{v:?}");
    let mut words = vec!["banana", "kiwi", "apple", "fig"];
    words.sort_by_key(|w| w.len());
    println!("{words:?}");
    words.sort_unstable();
    println!("{words:?}");
    let mut f = vec![2.5, -1.0, 3.25, 0.0];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{f:?}");
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    pairs.sort();
    println!("{pairs:?}");
}

// Vec dedup_by_key/dedup_by, extend_from_within, extend_from_slice, retain_mut, resize/resize_with, with capacities.
fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 1, 4, 4];
    v.dedup();
    println!("{:?}", v);
    let mut w = vec![10, 11, 20, 25, 31, 39, 40];
    w.dedup_by_key(|x| *x / 10);
    println!("{:?}", w);
    let mut words = vec!["Apple", "apple", "APPLE", "pear", "Pear"];
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", words);
    let mut x = vec![1, 2, 3];
    x.extend_from_within(1..);
    println!("{:?} cap {}", x, x.capacity());
    x.extend_from_within(..2);
    println!("{:?} cap {}", x, x.capacity());
    x.extend_from_slice(&[9, 9]);
    println!("{:?} cap {}", x, x.capacity());
    let mut scores = vec![3, 8, 1, 9, 4];
    scores.retain_mut(|s| {
        *s *= 10;
        *s > 30
    });
    println!("{:?}", scores);
    let mut names = vec![String::from("ann"), String::from("bo"), String::from("carla")];
    names.retain(|n| n.len() > 2);
    println!("{:?}", names);
    let mut r = vec![1, 2];
    r.resize(5, 0);
    println!("{:?} cap {}", r, r.capacity());
    r.resize(1, 0);
    println!("{:?} cap {}", r, r.capacity());
    let mut counter = 0;
    r.resize_with(4, || { counter += 1; counter * 100 });
    println!("{:?}", r);
    let mut grid: Vec<Vec<u8>> = Vec::new();
    grid.resize_with(3, Vec::new);
    grid[1].push(1);
    println!("{:?}", grid);
    let mut strs = vec![String::from("x")];
    strs.resize(3, String::from("yy"));
    println!("{:?} {:?}", strs, strs.iter().map(|s| s.capacity()).collect::<Vec<_>>());
    let mut e: Vec<char> = Vec::new();
    e.extend("abc".chars());
    e.extend(['d', 'e'].iter());
    println!("{:?} cap {}", e, e.capacity());
}

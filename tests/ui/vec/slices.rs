// Slices of a Vec: ranges, first/last, split_at, chunks, windows, contains.
fn main() {
    let v = vec![10, 20, 30, 40, 50, 60, 70];
    let s = &v[2..5];
    println!("{:?} {}", s, s.len());
    println!("{:?} {:?}", v.first(), v.last());
    let (l, r) = v.split_at(3);
    println!("{l:?} {r:?}");
    for c in v.chunks(3) {
        print!("{c:?} ");
    }
    println!();
    for w in v.windows(2).take(3) {
        print!("{} ", w[1] - w[0]);
    }
    println!();
    println!("{} {}", v.contains(&40), v.iter().position(|&x| x == 60).unwrap());
    println!("{:?}", v.get(10));
    let mut m = [1, 2, 3, 4];
    m.swap(0, 3);
    m[1..3].reverse();
    println!("{m:?}");
    println!("{:?}", &v[..0]);
}

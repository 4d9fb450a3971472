// Slices: chunks, chunks_exact (remainder), rchunks, windows, rotate_left/right, swap, fill, split_first/last.
fn main() {
    let data: Vec<u32> = (1..=10).collect();
    for c in data.chunks(4) {
        print!("{:?} ", c);
    }
    println!();
    let mut exact = data.chunks_exact(3);
    for c in exact.by_ref() {
        print!("{:?} ", c);
    }
    println!("rem {:?}", exact.remainder());
    println!("{:?}", data.rchunks(4).collect::<Vec<_>>());
    let sums: Vec<u32> = data.windows(3).map(|w| w.iter().sum()).collect();
    println!("{:?}", sums);
    let increasing = data.windows(2).all(|w| w[0] < w[1]);
    println!("increasing {}", increasing);
    let mut r = data.clone();
    r.rotate_left(3);
    println!("{:?}", r);
    r.rotate_right(5);
    println!("{:?}", r);
    r.swap(0, 9);
    println!("{:?}", r);
    r[2..5].fill(0);
    println!("{:?}", r);
    r[..3].reverse();
    println!("{:?}", r);
    if let Some((first, rest)) = data.split_first() {
        println!("first {} rest len {}", first, rest.len());
    }
    if let Some((last, init)) = data.split_last() {
        println!("last {} init {:?}", last, init);
    }
    println!("{:?} {:?}", data.first(), data.last());
    let empty: Vec<u32> = Vec::new();
    println!("{:?} {:?}", empty.first(), empty.split_first());
    let (left, right) = data.split_at(4);
    println!("{:?} {:?}", left, right);
    println!("{} {}", data.starts_with(&[1, 2]), data.ends_with(&[10]));
    let mut m = vec![[0u8; 3]; 2];
    m[1][2] = 7;
    println!("{:?}", m);
    for ch in r.chunks_mut(4) {
        ch[0] += 100;
    }
    println!("{:?}", r);
    let stepped: Vec<u32> = data.iter().rev().step_by(3).copied().collect();
    println!("{:?}", stepped);
    println!("{:?}", data.iter().skip(2).step_by(4).collect::<Vec<_>>());
    println!("{:?}", data.get(20));
    println!("{:?}", data.get(2..4));
}

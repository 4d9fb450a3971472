// Vec APIs: windows, chunks, split_off, dedup_by_key, rotate_left, swap, iter().rev().skip_while
fn main() {
    let mut v: Vec<i32> = (1..=10).collect();
    for w in v.windows(3).take(2) { println!("{:?}", w); }
    for c in v.chunks(4) { println!("{:?}", c); }
    let tail = v.split_off(7);
    println!("{:?} {:?} cap={}", v, tail, v.capacity());
    v.rotate_left(2);
    println!("{:?}", v);
    v.swap(0, 6);
    println!("{:?}", v);
    let mut d = vec![1, 1, 2, 3, 3, 3, 4, 1];
    d.dedup();
    println!("{:?}", d);
    let mut e = vec![10, 11, 20, 21, 30];
    e.dedup_by_key(|x| *x / 10);
    println!("{:?}", e);
    let x: Vec<_> = v.iter().rev().skip_while(|&&x| x > 3).collect();
    println!("{:?}", x);
    println!("{:?}", v.iter().max_by_key(|&&x| (x as i32 - 4).abs()));
    println!("{:?}", v.first().zip(v.last()));
    v.insert(1, 99);
    println!("{} {:?}", v.remove(0), v);
    println!("{:?}", v.contains(&99));
    v.extend_from_slice(&[7, 8]);
    println!("{:?} {}", v, v.capacity());
    let s: i32 = v.iter().step_by(2).sum();
    println!("{s}");
    println!("{:?}", v.iter().position(|&x| x == 7));
    println!("{:?}", v.split_first());
    println!("{:?}", v.concat_check());
}
trait CC { fn concat_check(&self) -> usize; }
impl CC for Vec<i32> { fn concat_check(&self) -> usize { self.len() } }

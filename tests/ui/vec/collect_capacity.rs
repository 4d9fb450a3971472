// Capacities after collect: exact for sized iterators, grown for filtered ones.
fn main() {
    let a: Vec<i32> = (0..10).collect();
    println!("{} {}", a.len(), a.capacity());
    let b: Vec<i32> = (0..10).filter(|x| x % 2 == 0).collect();
    println!("{} {}", b.len(), b.capacity());
    let c: Vec<i32> = a.iter().map(|x| x * 2).collect();
    println!("{} {}", c.len(), c.capacity());
    let d = a.to_vec();
    println!("{} {}", d.len(), d.capacity());
    let e: Vec<i32> = a.into_iter().skip(3).collect();
    println!("{} {}", e.len(), e.capacity());
    let f = [1u8, 2, 3].repeat(3);
    println!("{} {}", f.len(), f.capacity());
}

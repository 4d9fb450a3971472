// vec![] forms: list, repeat, nested; len, capacity and equality.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![0; 4];
    let c: Vec<i32> = vec![];
    let grid = vec![vec![0u8; 3]; 2];
    println!("{:?} {} {}", a, a.len(), a.capacity());
    println!("{:?} {} {}", b, b.len(), b.capacity());
    println!("{:?} {} {}", c, c.len(), c.capacity());
    println!("{:?}", grid);
    println!("{}", a == vec![1, 2, 3]);
    println!("{}", a.is_empty() || c.is_empty());
}

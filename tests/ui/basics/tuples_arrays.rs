// Tuples and arrays live on the stack: destructuring, indexing, copying and size_of.
fn main() {
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (x, y, z) = tup;
    println!("{x} {y} {z} {}", tup.0);
    let a = [1, 2, 3, 4, 5];
    let b = a;
    println!("{:?} {:?} {}", a, b, a.len());
    let zeros = [0u8; 8];
    println!("{:?}", zeros);
    println!("{}", std::mem::size_of::<[u8; 8]>());
    println!("{}", std::mem::size_of::<(i32, f64, u8)>());
    let mut grid = [[0; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", grid);
    let unit = ();
    println!("{:?}", unit);
}

// ExactSizeIterator on ranges as std has it (u8..u32, i8..i32, usize, isize; inclusive u8/i8/u16/i16): len, enumerate().rev(), step_by().rev().
fn main() {
    println!("{}", (0..10).len());
    let v = vec![1, 2, 3];
    println!("{}", (0..v.len()).len());
    for (i, x) in (10..13).enumerate().rev() { print!("{i}:{x} "); }
    println!();
    let s: Vec<_> = (1..20).step_by(4).rev().collect();
    println!("{:?} {}", s, (0u8..=255).len());
    let z: Vec<(i32, char)> = (0..3).zip("abc".chars()).collect();
    println!("{:?} {}", z, (1..4).map(|x| x * 2).len());
    let n = 7;
    println!("{}", (0..n).len() + (0..=3i16).len());
}

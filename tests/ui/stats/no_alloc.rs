// Stack-only code (ints, arrays, tuples, &'static str) performs no heap allocation at all.
fn main() {
    let x = 5;
    let y = x;
    let arr = [1u64; 64];
    let t = (x, y, "literal");
    let sum: u64 = arr.iter().sum();
    println!("{} {} {} {}", x, y, t.2, sum);
    println!("{}", std::mem::size_of_val(&arr));
}

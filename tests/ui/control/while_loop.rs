// while loops with a countdown and a condition computed each time.
fn main() {
    let mut number = 3;
    while number != 0 {
        println!("{number}!");
        number -= 1;
    }
    println!("LIFTOFF!!!");
    let a = [10, 20, 30, 40, 50];
    let mut index = 0;
    while index < a.len() {
        println!("the value is: {}", a[index]);
        index += 1;
    }
    let mut x = 1u32;
    while x < 1000 {
        x *= 3;
    }
    println!("x = {x}");
}

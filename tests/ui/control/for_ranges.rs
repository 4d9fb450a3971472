// for over ranges: exclusive, inclusive, reversed, stepped.
fn main() {
    for i in 0..3 {
        print!("{i} ");
    }
    println!();
    for i in 1..=3 {
        print!("{i} ");
    }
    println!();
    for i in (1..4).rev() {
        print!("{i} ");
    }
    println!();
    for i in (0..20).step_by(7) {
        print!("{i} ");
    }
    println!();
    for i in 5..5 {
        print!("never {i}");
    }
    let total: i32 = (1..=100).sum();
    println!("{total}");
}

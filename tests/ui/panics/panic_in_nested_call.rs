// A panic deep in a call chain reports the location of the panic, not of main.
fn level3(v: &[i32]) -> i32 {
    v.iter().sum::<i32>() / v.len() as i32
}

fn level2(v: &[i32]) -> i32 {
    level3(v) + 1
}

fn level1(v: &[i32]) -> i32 {
    level2(v) * 2
}

fn main() {
    println!("{}", level1(&[2, 4]));
    println!("{}", level1(&[]));
}

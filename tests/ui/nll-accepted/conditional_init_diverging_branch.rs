// A branch that returns or panics need not initialise the variable.
fn describe(n: i32) -> String {
    let kind;
    if n < 0 {
        return String::from("negative");
    } else if n == 0 {
        kind = "zero";
    } else {
        kind = "positive";
    }
    format!("{} is {}", n, kind)
}

fn main() {
    println!("{}", describe(-1));
    println!("{}", describe(0));
    println!("{}", describe(7));
}

// match as control flow, returning values and using blocks in arms.
fn describe(n: u32) -> String {
    match n {
        0 => String::from("none"),
        1 => "one".to_string(),
        2 | 3 => {
            let s = format!("a few ({n})");
            s
        }
        _ => format!("many ({n})"),
    }
}

fn main() {
    for n in 0..5 {
        println!("{}", describe(n));
    }
}

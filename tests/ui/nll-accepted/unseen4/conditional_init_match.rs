// A variable declared without a value and initialised on every path of an if/match before use.
fn grade(score: u32) -> &'static str {
    let g;
    if score >= 90 {
        g = "A";
    } else if score >= 70 {
        g = "B";
    } else {
        g = "C";
    }
    g
}

fn main() {
    let label: String;
    let n = 17;
    match n % 3 {
        0 => label = String::from("fizz"),
        1 => label = format!("one more than {}", n - 1),
        _ => {
            let tmp = n * 2;
            label = tmp.to_string();
        }
    }
    println!("{} {} {} {}", label, grade(95), grade(75), grade(10));
    let x: i32;
    loop {
        x = 42;
        break;
    }
    println!("{}", x);
}

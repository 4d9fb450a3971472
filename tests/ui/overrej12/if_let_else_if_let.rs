// `if let ... else if let ... else` chains and let chains (stable in edition 2024)
fn parse(s: &str) -> String {
    if let Ok(n) = s.parse::<i64>() {
        format!("int {}", n)
    } else if let Ok(f) = s.parse::<f64>() {
        format!("float {}", f)
    } else if let Some(rest) = s.strip_prefix('#') {
        format!("tag {}", rest)
    } else {
        format!("word {}", s)
    }
}
fn main() {
    for s in ["12", "2.5", "#x", "hey"] {
        println!("{}", parse(s));
    }
    let pairs = [(Some(3), "a"), (None, "b"), (Some(10), "c")];
    for (n, name) in pairs {
        if let Some(k) = n && k > 5 {
            println!("{} big {}", name, k);
        } else if let Some(k) = n {
            println!("{} small {}", name, k);
        } else {
            println!("{} none", name);
        }
    }
    let v = vec![1, 2, 3];
    if let Some(&first) = v.first() && let Some(&last) = v.last() && first < last {
        println!("{} < {}", first, last);
    }
}

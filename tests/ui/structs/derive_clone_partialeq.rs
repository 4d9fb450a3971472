// derive(Clone, PartialEq, Eq, PartialOrd, Ord) compares field by field in declaration order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    name: String,
}

fn main() {
    let a = Version { major: 1, minor: 2, name: String::from("x") };
    let b = a.clone();
    let c = Version { minor: 3, ..a.clone() };
    println!("{} {} {}", a == b, a == c, a != c);
    println!("{} {}", a < c, c > b);
    println!("{:?}", a.cmp(&c));
    let mut all = vec![c.clone(), a.clone(), Version { major: 0, minor: 9, name: String::from("z") }];
    all.sort();
    for v in &all {
        println!("{}.{} {}", v.major, v.minor, v.name);
    }
    println!("{:?}", all.iter().max());
}

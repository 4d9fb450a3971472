// Option and Result combinators chained: map, and_then, filter, unwrap_or_else, zip, ok_or, transpose.
#[derive(Debug)]
struct User {
    name: String,
    email: Option<String>,
    age: Option<u8>,
    manager: Option<usize>,
}

fn domain(u: &User) -> Option<&str> {
    u.email.as_deref().and_then(|e| e.split_once('@')).map(|(_, d)| d)
}

fn manager_name(users: &[User], i: usize) -> Option<&str> {
    let m = users.get(i)?.manager?;
    users.get(m).map(|u| u.name.as_str())
}

fn parse_age(s: &str) -> Result<Option<u8>, std::num::ParseIntError> {
    if s.is_empty() { Ok(None) } else { s.parse::<u8>().map(Some) }
}

fn main() {
    let users = vec![
        User { name: "ada".into(), email: Some("ada@math.org".into()), age: Some(36), manager: None },
        User { name: "bob".into(), email: None, age: Some(17), manager: Some(0) },
        User { name: "cy".into(), email: Some("cy-at-home".into()), age: None, manager: Some(1) },
        User { name: "dee".into(), email: Some("dee@rust.dev".into()), age: Some(29), manager: Some(9) },
    ];
    for (i, u) in users.iter().enumerate() {
        let adult = u.age.filter(|&a| a >= 18).is_some();
        let contact = u.email.clone().unwrap_or_else(|| format!("<{}: no email>", u.name));
        println!(
            "{:<4} domain={:<9} adult={:<5} manager={:?} contact={}",
            u.name,
            domain(u).unwrap_or("-"),
            adult,
            manager_name(&users, i),
            contact
        );
    }
    let ages: Option<Vec<u8>> = users.iter().map(|u| u.age).collect();
    println!("all ages: {:?}", ages);
    let known: Vec<u8> = users.iter().filter_map(|u| u.age).collect();
    println!("known ages: {:?}", known);
    println!("{:?}", users[0].age.zip(users[1].age).map(|(a, b)| a.max(b)));
    println!("{:?}", users[2].age.ok_or("unknown age"));
    println!("{:?} {:?} {:?}", parse_age("42"), parse_age(""), parse_age("x").is_err());
    let opt_res: Option<Result<u8, String>> = Some(Ok(3));
    println!("{:?}", opt_res.transpose());
    let mut maybe = Some(5);
    if let Some(v) = maybe.as_mut() {
        *v *= 10;
    }
    println!("{:?}", maybe);
    let taken = maybe.take();
    println!("{:?} {:?}", taken, maybe);
    println!("{:?}", maybe.get_or_insert(7));
    println!("{}", users.iter().map(|u| u.age.map_or(0, |a| a as u32)).sum::<u32>());
    let r: Result<u32, String> = Err("boom".into());
    println!("{}", r.as_ref().map_or_else(|e| e.len() as u32, |v| *v));
    println!("{}", users[1].email.as_ref().expect("bob has no email"));
}

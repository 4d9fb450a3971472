// Option combinators on a tiny user directory: and_then, map, filter, or_else, zip, take.
struct User {
    name: &'static str,
    manager_id: Option<usize>,
    phone: Option<&'static str>,
}

fn find(users: &[User], id: usize) -> Option<&User> {
    users.get(id)
}

fn manager_phone(users: &[User], id: usize) -> Option<&'static str> {
    find(users, id)?.manager_id.and_then(|m| find(users, m)).and_then(|m| m.phone)
}

fn main() {
    let users = [
        User { name: "root", manager_id: None, phone: Some("555-0100") },
        User { name: "ana", manager_id: Some(0), phone: None },
        User { name: "bo", manager_id: Some(1), phone: Some("555-0199") },
        User { name: "cy", manager_id: Some(9), phone: None },
    ];
    for id in 0..5 {
        let name = find(&users, id).map(|u| u.name).unwrap_or("<none>");
        println!("{} {:<6} manager phone: {:?}", id, name, manager_phone(&users, id));
    }
    let reachable = find(&users, 1).and_then(|u| u.phone).or_else(|| manager_phone(&users, 1));
    println!("reach ana via {:?}", reachable);
    let long_name = find(&users, 2).map(|u| u.name).filter(|n| n.len() > 2);
    println!("long name: {:?}", long_name);
    let both = find(&users, 0).zip(find(&users, 2)).map(|(a, b)| format!("{}&{}", a.name, b.name));
    println!("{:?}", both);
    let mut slot = Some(String::from("token"));
    let taken = slot.take();
    println!("{:?} {:?} {}", taken, slot, slot.is_none());
    let n: Option<u32> = "42".parse().ok();
    println!("{}", n.map_or(-1, |v| v as i64 * 2));
    let total: Option<u32> = ["1", "2", "x"].iter().map(|s| s.parse::<u32>().ok()).sum();
    println!("sum with a bad entry: {:?}", total);
}

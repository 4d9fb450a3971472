// Option and Result combinators: map, and_then, or_else, unwrap_or_default, filter, zip, ok_or, transpose.
#[derive(Debug, Clone)]
struct User {
    id: u32,
    name: String,
    manager: Option<u32>,
    email: Option<String>,
}

fn find(users: &[User], id: u32) -> Option<&User> {
    users.iter().find(|u| u.id == id)
}

fn manager_name(users: &[User], id: u32) -> Option<String> {
    find(users, id)
        .and_then(|u| u.manager)
        .and_then(|m| find(users, m))
        .map(|m| m.name.clone())
}

fn email_domain(u: &User) -> Option<&str> {
    u.email.as_deref().and_then(|e| e.split('@').nth(1))
}

fn checked_ratio(a: i32, b: i32) -> Result<i32, String> {
    a.checked_div(b).ok_or(format!("{a}/{b}: division by zero"))
}

fn main() {
    let users = vec![
        User { id: 1, name: "Ada".into(), manager: None, email: Some("ada@math.org".into()) },
        User { id: 2, name: "Bo".into(), manager: Some(1), email: None },
        User { id: 3, name: "Cy".into(), manager: Some(2), email: Some("cy-at-nowhere".into()) },
        User { id: 4, name: "Di".into(), manager: Some(9), email: Some("di@corp.com".into()) },
    ];
    for id in 1..=5 {
        let name = find(&users, id).map(|u| u.name.as_str()).unwrap_or("?");
        let boss = manager_name(&users, id).unwrap_or_else(|| String::from("nobody"));
        let domain = find(&users, id).and_then(email_domain).unwrap_or_default();
        println!("{id}: {name:<3} boss={boss:<6} domain={domain:?}");
    }
    let with_mail: Vec<&str> = users.iter().filter(|u| u.email.is_some()).map(|u| &u.name[..]).collect();
    println!("{:?}", with_mail);

    let x = Some(4);
    println!("{:?} {:?} {:?}", x.filter(|v| v % 2 == 0), x.filter(|v| *v > 10), x.xor(None::<i32>));
    println!("{:?} {:?}", x.zip(Some('a')), x.or(Some(9)));
    println!("{:?}", None.or_else(|| Some(5)).map(|v: i32| v * v));
    let mut slot: Option<String> = None;
    let got = slot.get_or_insert_with(|| "init".to_string());
    got.push('!');
    println!("{:?} take {:?} after {:?}", slot.clone(), slot.take(), slot);
    let mut counter = Some(3);
    if let Some(c) = counter.as_mut() {
        *c += 1;
    }
    let before = counter;
    let old = counter.replace(10);
    println!("{:?} replace -> {:?} {:?}", before, old, counter);

    for (a, b) in [(10, 2), (7, 0), (9, 3)] {
        let r = checked_ratio(a, b).map(|q| q * 10).and_then(|q| if q > 40 { Ok(q) } else { Err(format!("{q} too small")) });
        println!("{a},{b} -> {:?} ok={:?} unwrap_or={}", r, r.clone().ok(), r.clone().unwrap_or(-1));
    }
    let e: Result<u8, String> = Err("boom".into());
    println!("{:?} {} {:?}", e.as_ref().err(), e.is_err(), e.as_ref().map_or(0, |v| *v));
    let maybe: Option<Result<i32, String>> = Some(Ok(3));
    println!("{:?}", maybe.transpose());
    let strs = ["1", "2", "x"];
    let total: Option<i32> = strs.iter().map(|s| s.parse::<i32>().ok()).sum();
    println!("sum of options {:?}", total);
    let good: Option<Vec<i32>> = strs[..2].iter().map(|s| s.parse().ok()).collect();
    println!("collected {:?}", good);
}

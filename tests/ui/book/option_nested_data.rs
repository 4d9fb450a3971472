// Enums/Option: nested Option<Option<T>>, Option<&mut T>, take/replace/get_or_insert_with, flatten, xor.
#[derive(Debug, Default)]
struct Profile {
    nickname: Option<String>,
    age: Option<u32>,
    friends: Vec<String>,
}

fn initials(p: &Profile) -> Option<char> {
    p.nickname.as_ref()?.chars().next()
}

fn main() {
    let mut p = Profile::default();
    println!("{:?} {:?}", p, initials(&p));
    p.nickname = Some(String::from("ferris"));
    println!("{:?}", initials(&p));
    let old = p.nickname.replace(String::from("crab"));
    println!("{:?} -> {:?}", old, p.nickname);
    let age = p.age.get_or_insert_with(|| 7);
    *age += 1;
    println!("{:?}", p.age);
    if let Some(n) = p.nickname.as_mut() {
        n.push_str("!!");
    }
    println!("{:?}", p.nickname.as_deref());
    let taken = p.nickname.take();
    println!("{:?} {:?}", taken, p.nickname);
    let nested: Option<Option<i32>> = Some(Some(3));
    let empty_inner: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), empty_inner.flatten());
    println!("{:?} {:?}", Some(1).xor(None::<i32>), Some(1).xor(Some(2)));
    println!("{:?}", Some(4).and(Some("four")));
    p.friends.push("alice".into());
    p.friends.push("bob".into());
    let first_long = p.friends.iter().find(|f| f.len() > 3).cloned();
    println!("{:?}", first_long);
    let maybe_ages = vec![Some(3), None, Some(10)];
    let known: Vec<u32> = maybe_ages.iter().flatten().copied().collect();
    let all: Option<Vec<u32>> = maybe_ages.iter().copied().collect();
    println!("{:?} {:?}", known, all);
    let total: Option<u32> = [Some(1), Some(2)].into_iter().sum();
    println!("{:?}", total);
    println!("{}", Some(5).map_or_else(|| "none".to_string(), |v| format!("v{v}")));
    println!("{:?}", p.age.is_some_and(|a| a > 5));
    let words = ["3", "x", "5"];
    let parsed: Vec<Option<i32>> = words.iter().map(|w| w.parse().ok()).collect();
    println!("{:?}", parsed);
}

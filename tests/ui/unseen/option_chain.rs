// Chapter 6/9: Option and Result combinators chained the way learners discover them.
#[derive(Debug)]
struct Person {
    name: String,
    age: Option<u32>,
    email: Option<String>,
}

fn domain(p: &Person) -> Option<&str> {
    let email = p.email.as_ref()?;
    let at = email.find('@')?;
    Some(&email[at + 1..])
}

fn main() {
    let people = vec![
        Person { name: "Ann".to_string(), age: Some(31), email: Some("ann@example.org".to_string()) },
        Person { name: "Bo".to_string(), age: None, email: Some("bo-at-nowhere".to_string()) },
        Person { name: "Cy".to_string(), age: Some(17), email: None },
    ];
    for p in &people {
        let age = p.age.map(|a| a.to_string()).unwrap_or_else(|| "?".to_string());
        let adult = p.age.map_or(false, |a| a >= 18);
        println!("{:<4}{:>3} adult={} domain={:?}", p.name, age, adult, domain(p));
    }
    let ages: Vec<u32> = people.iter().filter_map(|p| p.age).collect();
    println!("{:?}", ages);
    let all: Option<Vec<u32>> = people.iter().map(|p| p.age).collect();
    println!("{:?}", all);
    let nums = ["1", "2", "three", "4"];
    let parsed: Result<Vec<i32>, _> = nums.iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", parsed.is_err());
    let good: Vec<i32> = nums.iter().flat_map(|s| s.parse()).collect();
    println!("{good:?}");
    let first_even = good.iter().find(|&&x| x % 2 == 0).copied();
    println!("{:?} {:?}", first_even, first_even.and_then(|x| if x > 5 { Some(x) } else { None }));
    let o: Option<i32> = None;
    println!("{}", o.unwrap_or(-1));
    println!("{:?}", Some(3).filter(|x| x % 2 == 1).or(Some(0)).xor(None));
    println!("{:?}", Some(4).zip(Some("four")));
    let mut maybe = Some(String::from("taken"));
    let taken = maybe.take();
    println!("{:?} {:?}", maybe, taken);
}

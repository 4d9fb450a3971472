// Parsing records line by line: split(':'), trim, parse::<u32>/f64 and collecting Result values.
#[derive(Debug)]
struct Item {
    name: String,
    qty: u32,
    price: f64,
}

fn parse_line(line: &str) -> Result<Item, String> {
    let fields: Vec<&str> = line.split(':').map(|f| f.trim()).collect();
    if fields.len() != 3 {
        return Err(format!("expected 3 fields, got {}", fields.len()));
    }
    let name = fields[0];
    if name.is_empty() {
        return Err("empty name".to_string());
    }
    let qty = fields[1].parse::<u32>().map_err(|e| format!("bad qty {:?}: {}", fields[1], e))?;
    let price: f64 = match fields[2].parse() {
        Ok(p) if p >= 0.0 => p,
        Ok(p) => return Err(format!("negative price {p}")),
        Err(e) => return Err(format!("bad price {:?}: {e}", fields[2])),
    };
    Ok(Item { name: name.to_string(), qty, price })
}

fn main() {
    let input = "\
apple: 3 : 0.5
banana:12:0.25
: 1 : 1.0
cherry:-2:3.0
durian:1:abc
egg:six:0.1
fig:7
grape:100:0.02
kiwi:4:-1";
    let mut items = Vec::new();
    for (n, line) in input.lines().enumerate() {
        match parse_line(line) {
            Ok(item) => items.push(item),
            Err(e) => println!("line {}: {}", n + 1, e),
        }
    }
    println!("{} items parsed", items.len());
    let mut total = 0.0;
    for it in &items {
        let cost = it.qty as f64 * it.price;
        total += cost;
        println!("{:<8}{:>5} x {:>6.2} = {:>7.2}", it.name, it.qty, it.price, cost);
    }
    println!("{:<8}{:>24.2}", "total", total);

    let all: Result<Vec<Item>, String> = ["a:1:1", "b:2:2"].iter().map(|l| parse_line(l)).collect();
    println!("{:?}", all.map(|v| v.len()));
    let bad: Result<Vec<Item>, String> = ["a:1:1", "b:x:2", "c"].iter().map(|l| parse_line(l)).collect();
    println!("{:?}", bad.map(|v| v.len()));

    let nums = ["42", " 7 ", "-3", "1e3", "3.14", "+8", ""];
    for s in nums {
        println!("{:?}: i32 {:?} f64 {:?}", s, s.trim().parse::<i32>(), s.parse::<f64>().ok());
    }
    let parsed: Vec<u8> = "10,20,300,40".split(',').filter_map(|x| x.parse().ok()).collect();
    println!("{:?}", parsed);
    println!("{:?}", "256".parse::<u8>());
    println!("{:?}", "-1".parse::<u16>().is_err());
    println!("{:?}", "true".parse::<bool>());
    println!("{:?}", "x".parse::<char>());
}

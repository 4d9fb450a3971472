// Check-time benchmark: passing tests/ui programs (book traits) as modules, about 200 lines.
mod bank_accounts {
// Mixed: a bank with accounts in a Vec, Result-returning operations, custom errors, and Display.
use std::fmt;

#[derive(Debug, PartialEq)]
enum BankError {
    NoSuchAccount(u32),
    Insufficient { needed: u64, available: u64 },
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::NoSuchAccount(id) => write!(f, "no account #{id}"),
            BankError::Insufficient { needed, available } => {
                write!(f, "need {needed}, only {available} available")
            }
        }
    }
}

struct Account {
    id: u32,
    owner: String,
    balance: u64,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{:03} {:<6} {:>8}", self.id, self.owner, self.balance)
    }
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn find(&mut self, id: u32) -> Result<&mut Account, BankError> {
        self.accounts.iter_mut().find(|a| a.id == id).ok_or(BankError::NoSuchAccount(id))
    }
    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acc = self.find(id)?;
        if acc.balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        Ok(acc.balance)
    }
    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        self.find(to)?;
        self.withdraw(from, amount)?;
        self.find(to)?.balance += amount;
        Ok(())
    }
}

pub fn main() {
    let mut bank = Bank {
        accounts: vec![
            Account { id: 1, owner: "ann".into(), balance: 500 },
            Account { id: 2, owner: "bob".into(), balance: 50 },
        ],
    };
    println!("{:?}", bank.withdraw(1, 120));
    println!("{:?}", bank.withdraw(2, 80));
    match bank.transfer(1, 3, 10) {
        Ok(()) => println!("done"),
        Err(e) => println!("transfer failed: {e}"),
    }
    if let Err(e) = bank.transfer(2, 1, 60) {
        println!("transfer failed: {}", e);
    }
    bank.transfer(1, 2, 200).unwrap();
    for a in &bank.accounts {
        println!("[{a}]");
    }
    let e = bank.withdraw(9, 1).unwrap_err();
    println!("{} / {:?} / {}", e, e, e == BankError::NoSuchAccount(9));
}
}
mod box_list {
// Smart pointers: recursive enum with Box, Deref on a custom MyBox, deref coercion, Drop order.
use std::ops::Deref;

#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

impl List {
    fn sum(&self) -> i32 {
        match self {
            Cons(v, rest) => v + rest.sum(),
            Nil => 0,
        }
    }
}

struct MyBox<T>(T);

impl<T> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}

impl<T> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

fn hello(name: &str) {
    println!("Hello, {name}!");
}

struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

pub fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?}", list);
    println!("sum {}", list.sum());
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, *y);
    println!("deref ok {}", *y + 1);
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    println!("len via deref {}", m.len());
    let b = Box::new(41);
    println!("{}", *b + 1);
    let c = CustomSmartPointer { data: String::from("my stuff") };
    let _d = CustomSmartPointer { data: String::from("other stuff") };
    println!("CustomSmartPointers created.");
    drop(c);
    println!("CustomSmartPointer dropped before the end of main.");
}
}
mod company_directory {
// Collections: a department directory with HashMap<String, Vec<String>>, entries, sorted output.
use std::collections::HashMap;

fn parse(cmd: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = cmd.split_whitespace().collect();
    match parts.as_slice() {
        ["Add", name, "to", dept] => Some((name.to_string(), dept.to_string())),
        _ => None,
    }
}

pub fn main() {
    let commands = [
        "Add Sally to Engineering",
        "Add Amir to Sales",
        "Add Bob to Engineering",
        "Remove Zed",
        "Add Ana to Sales",
        "Add Cleo to Engineering",
    ];
    let mut dir: HashMap<String, Vec<String>> = HashMap::new();
    for c in commands {
        match parse(c) {
            Some((name, dept)) => dir.entry(dept).or_insert_with(Vec::new).push(name),
            None => println!("ignored: {c}"),
        }
    }
    let mut depts: Vec<&String> = dir.keys().collect();
    depts.sort();
    for d in &depts {
        let mut people = dir[*d].clone();
        people.sort();
        println!("{d}: {}", people.join(", "));
    }
    let total: usize = dir.values().map(|v| v.len()).sum();
    println!("{total} people in {} departments", dir.len());
    let mut all: Vec<String> = dir.into_values().flatten().collect();
    all.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
    println!("{:?}", all);
}
}
fn main() {
    bank_accounts::main();
    box_list::main();
    company_directory::main();
}

// An employee hierarchy from a Java payroll example: trait with default bonus, dyn collection sorted by salary, downcasting by a kind() method.
trait Employee {
    fn name(&self) -> &str;
    fn base_salary(&self) -> u32;
    fn kind(&self) -> &'static str;

    fn bonus(&self) -> u32 {
        self.base_salary() / 10
    }

    fn total_pay(&self) -> u32 {
        self.base_salary() + self.bonus()
    }
}

struct Engineer {
    name: String,
    salary: u32,
    level: u8,
}

struct Manager {
    name: String,
    salary: u32,
    reports: Vec<String>,
}

struct Intern {
    name: String,
}

impl Employee for Engineer {
    fn name(&self) -> &str {
        &self.name
    }
    fn base_salary(&self) -> u32 {
        self.salary
    }
    fn kind(&self) -> &'static str {
        "engineer"
    }
    fn bonus(&self) -> u32 {
        self.salary / 10 + self.level as u32 * 1000
    }
}

impl Employee for Manager {
    fn name(&self) -> &str {
        self.name.as_str()
    }
    fn base_salary(&self) -> u32 {
        self.salary
    }
    fn kind(&self) -> &'static str {
        "manager"
    }
    fn bonus(&self) -> u32 {
        self.reports.len() as u32 * 2500
    }
}

impl Employee for Intern {
    fn name(&self) -> &str {
        &self.name
    }
    fn base_salary(&self) -> u32 {
        20000
    }
    fn kind(&self) -> &'static str {
        "intern"
    }
    fn bonus(&self) -> u32 {
        0
    }
}

fn payroll_total(staff: &Vec<Box<dyn Employee>>) -> u32 {
    staff.iter().map(|e| e.total_pay()).sum()
}

fn main() {
    let mut staff: Vec<Box<dyn Employee>> = Vec::new();
    staff.push(Box::new(Engineer { name: "Grace".to_string(), salary: 90000, level: 3 }));
    staff.push(Box::new(Manager { name: "Linus".to_string(), salary: 95000, reports: vec!["Grace".into(), "Ken".into()] }));
    staff.push(Box::new(Intern { name: "Tim".to_string() }));
    staff.push(Box::new(Engineer { name: "Ken".to_string(), salary: 80000, level: 1 }));

    staff.sort_by_key(|e| std::cmp::Reverse(e.total_pay()));
    for e in &staff {
        println!("{:<6} {:<9} base {:>6} bonus {:>5} total {:>6}", e.name(), e.kind(), e.base_salary(), e.bonus(), e.total_pay());
    }
    println!("payroll: {}", payroll_total(&staff));
    let engineers: Vec<&str> = staff.iter().filter(|e| e.kind() == "engineer").map(|e| e.name()).collect();
    println!("engineers: {:?}", engineers);
    let avg = payroll_total(&staff) as f64 / staff.len() as f64;
    let above: Vec<String> = staff.iter().filter(|e| e.total_pay() as f64 > avg).map(|e| e.name().to_uppercase()).collect();
    println!("above average ({:.1}): {:?}", avg, above);
}

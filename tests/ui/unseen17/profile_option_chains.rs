// Optional nested fields like JavaScript's `user?.address?.city ?? "unknown"`: and_then, map_or, unwrap_or_default.
#[derive(Debug, Clone, Default)]
struct Address {
    city: Option<String>,
    zip: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Profile {
    nickname: Option<String>,
    address: Option<Address>,
    age: Option<u32>,
}

#[derive(Debug)]
struct User {
    name: String,
    profile: Option<Profile>,
}

impl User {
    fn new(name: &str, profile: Option<Profile>) -> User {
        User { name: name.to_string(), profile }
    }

    fn city(&self) -> Option<&String> {
        self.profile.as_ref().and_then(|p| p.address.as_ref()).and_then(|a| a.city.as_ref())
    }

    fn display_name(&self) -> String {
        self.profile
            .as_ref()
            .and_then(|p| p.nickname.clone())
            .unwrap_or_else(|| self.name.clone())
    }

    fn age_group(&self) -> &'static str {
        self.profile.as_ref().and_then(|p| p.age).map_or("unknown", |a| if a < 18 { "minor" } else { "adult" })
    }

    fn zip_code(&self) -> String {
        self.profile.clone().unwrap_or_default().address.unwrap_or_default().zip.unwrap_or_default()
    }
}

fn main() {
    let users = vec![
        User::new("Ada", Some(Profile {
            nickname: Some("ada99".to_string()),
            address: Some(Address { city: Some("London".to_string()), zip: Some("N1".to_string()) }),
            age: Some(36),
        })),
        User::new("Bob", None),
        User::new("Cy", Some(Profile { nickname: None, address: Some(Address::default()), age: Some(12) })),
        User::new("Di", Some(Profile { age: None, ..Default::default() })),
    ];

    for u in &users {
        let city = u.city().map(|c| c.as_str()).unwrap_or("unknown");
        println!(
            "{:<6} city={:<8} group={:<7} zip='{}' has_profile={}",
            u.display_name(),
            city,
            u.age_group(),
            u.zip_code(),
            u.profile.is_some()
        );
    }

    let cities: Vec<&String> = users.iter().filter_map(|u| u.city()).collect();
    println!("known cities: {:?}", cities);
    let total_age: u32 = users.iter().filter_map(|u| u.profile.as_ref()?.age).sum();
    println!("total known age: {}", total_age);
    let first_minor = users.iter().find(|u| u.age_group() == "minor").map(|u| &u.name);
    println!("first minor: {:?}", first_minor);
}

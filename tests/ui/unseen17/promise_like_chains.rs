// JavaScript promise chains rewritten with Result: map, and_then, map_err, or_else, unwrap_or_else, and `?` in helpers.
#[derive(Debug)]
struct User {
    id: u32,
    name: String,
    team_id: Option<u32>,
}

#[derive(Debug)]
struct Team {
    id: u32,
    title: String,
}

fn fetch_user(id: u32) -> Result<User, String> {
    match id {
        1 => Ok(User { id, name: "ana".to_string(), team_id: Some(10) }),
        2 => Ok(User { id, name: "bo".to_string(), team_id: None }),
        3 => Ok(User { id, name: "cy".to_string(), team_id: Some(99) }),
        _ => Err(format!("404 user {}", id)),
    }
}

fn fetch_team(id: u32) -> Result<Team, String> {
    if id == 10 { Ok(Team { id, title: "Platform".to_string() }) } else { Err(format!("404 team {}", id)) }
}

fn team_title_of(user_id: u32) -> Result<String, String> {
    let user = fetch_user(user_id)?;
    let team_id = user.team_id.ok_or(format!("{} has no team", user.name))?;
    let team = fetch_team(team_id)?;
    Ok(format!("{} is in {} (#{})", user.name, team.title, team.id))
}

fn main() {
    for id in 1..=4 {
        // fetchUser(id).then(u => u.name.toUpperCase()).catch(e => "anonymous")
        let name = fetch_user(id).map(|u| u.name.to_uppercase()).unwrap_or_else(|e| format!("anonymous ({})", e));
        println!("user {}: {}", id, name);
    }
    for id in 1..=4 {
        match team_title_of(id) {
            Ok(s) => println!("ok: {}", s),
            Err(e) => println!("failed: {}", e),
        }
    }
    // fallback chain: try the user, then a default user
    let fallback = fetch_user(7).or_else(|_| fetch_user(2)).map(|u| u.id);
    println!("fallback id: {:?}", fallback);
    let chained = fetch_user(1)
        .and_then(|u| u.team_id.ok_or_else(|| "no team".to_string()))
        .and_then(fetch_team)
        .map(|t| t.title.len())
        .map_err(|e| e.len());
    println!("chained: {:?}", chained);
    let results: Vec<Result<User, String>> = (1..=4).map(fetch_user).collect();
    let ok_names: Vec<String> = results.iter().filter_map(|r| r.as_ref().ok()).map(|u| u.name.clone()).collect();
    let errors: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    println!("ok: {:?}, errors: {:?}", ok_names, errors);
    let all: Result<Vec<User>, String> = (1..=3).map(fetch_user).collect();
    println!("all of 1..=3: {}", all.map(|v| v.len()).unwrap_or(0));
    let any_bad: Result<Vec<User>, String> = (2..=5).map(fetch_user).collect();
    println!("all of 2..=5: {:?}", any_bad.map(|v| v.len()));
}
